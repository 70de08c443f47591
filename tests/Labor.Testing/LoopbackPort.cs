using System.Net;
using System.Net.Sockets;

namespace Labor.Testing;

internal static class LoopbackPort
{
    /// <summary>A port free on 127.0.0.1 at this moment, for a server the test starts right after.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
