package nl.gesprekscyclus.notification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small SMTP server for the sender's tests, what GreenMail does not offer: it counts the sessions (connections)
 * it was given and refuses the recipients it is told to ({@code 550} to {@code RCPT TO}, as a real server does for
 * an unknown mailbox). It speaks just enough SMTP for JavaMail: EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT.
 */
final class CountingSmtpServer implements AutoCloseable {

    /** One mail the server accepted: to whom, and its text (headers and body as sent). */
    record Received(List<String> recipients, String data) {
    }

    private final ServerSocket socket;
    private final AtomicInteger sessions = new AtomicInteger();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    CountingSmtpServer() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "counting-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    /** From now on {@code RCPT TO:<address>} is answered with 550. */
    void refuse(String address) {
        refused.add(address.toLowerCase(Locale.ROOT));
    }

    int sessions() {
        return sessions.get();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** The recipients of everything accepted, one entry per mail (a mail received twice is in it twice). */
    List<String> receivedBy() {
        return received.stream().flatMap(r -> r.recipients().stream()).toList();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                sessions.incrementAndGet();
                Thread session = new Thread(() -> converse(client), "counting-smtp-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client;
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                        StandardCharsets.UTF_8));
                OutputStream out = client.getOutputStream()) {
            reply(out, "220 counting-smtp ESMTP");
            List<String> recipients = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                    reply(out, "250 counting-smtp");
                } else if (command.startsWith("MAIL FROM:") || command.startsWith("RSET")) {
                    recipients.clear();
                    reply(out, "250 OK");
                } else if (command.startsWith("RCPT TO:")) {
                    String address = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'));
                    if (refused.contains(address.toLowerCase(Locale.ROOT))) {
                        reply(out, "550 5.1.1 <" + address + ">: mailbox unavailable");
                    } else {
                        recipients.add(address);
                        reply(out, "250 OK");
                    }
                } else if (command.startsWith("DATA")) {
                    reply(out, "354 end with <CRLF>.<CRLF>");
                    StringBuilder data = new StringBuilder();
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        data.append(line.startsWith(".") ? line.substring(1) : line).append('\n');
                    }
                    received.add(new Received(List.copyOf(recipients), data.toString()));
                    recipients.clear();
                    reply(out, "250 OK queued");
                } else if (command.startsWith("NOOP")) {
                    reply(out, "250 OK");
                } else if (command.startsWith("QUIT")) {
                    reply(out, "221 bye");
                    return;
                } else {
                    reply(out, "502 not implemented");
                }
            }
        } catch (IOException e) {
            // the client went away: the session is over
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
