"""A real SMTP server (aiosmtpd) that answers like the servers a bulk mailer meets, for tests and the digest benchmark.

Recipients at rejects.example are refused permanently (550 5.1.1); the first attempt for each recipient at
greylists.example is deferred (451 4.7.1), later ones are accepted; a message for slow.example takes 0.2 s to accept;
everything else is accepted at once. Each accepted
message is printed as one JSON line on stdout, {"to": [...], "bytes": N}, and each refused recipient as
{"refused": address, "reply": code}. Usage: scripted_smtp.py PORT
"""
import asyncio
import json
import sys

from aiosmtpd.controller import Controller


class ScriptedHandler:
    def __init__(self):
        self.deferred = set()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        domain = address.rsplit("@", 1)[-1].lower()
        if domain == "rejects.example":
            print(json.dumps({"refused": address, "reply": 550}), flush=True)
            return "550 5.1.1 Mailbox unavailable"
        if domain == "greylists.example" and address.lower() not in self.deferred:
            self.deferred.add(address.lower())
            print(json.dumps({"refused": address, "reply": 451}), flush=True)
            return "451 4.7.1 Greylisted, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if any(a.lower().endswith("@slow.example") for a in envelope.rcpt_tos):
            await asyncio.sleep(0.2)
        print(json.dumps({"to": envelope.rcpt_tos, "bytes": len(envelope.content)}), flush=True)
        return "250 Message accepted"


async def main(port):
    # A fixed server name: by default aiosmtpd looks up the machine's FQDN for every connection, which is slow.
    controller = Controller(ScriptedHandler(), hostname="127.0.0.1", port=port, server_hostname="scripted-smtp")
    controller.start()
    print(json.dumps({"listening": port}), flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1])))
