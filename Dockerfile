# The Labor host. Build: docker build -t labor-host .   (docker compose does this for you)
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props Labor.sln ./
COPY src/ src/
COPY data/ data/
RUN dotnet publish src/Host/Labor.Host.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_URLS=http://0.0.0.0:8080 \
    ASPNETCORE_ENVIRONMENT=Production
EXPOSE 8080
USER $APP_UID
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD ["dotnet", "Labor.Host.dll", "--healthcheck"]
ENTRYPOINT ["dotnet", "Labor.Host.dll"]
