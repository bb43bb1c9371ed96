package io.stackbench.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTP CONNECT proxy on a chosen loopback port, for tests: it tunnels TLS to the host named in
 * each CONNECT, so an install through it reaches the real registry. Until {@link #listen()} is
 * called nothing listens on the port, and connections to it are refused.
 */
final class ConnectProxy implements AutoCloseable {

    private final int port;
    private final List<String> tunnels = new CopyOnWriteArrayList<>();
    private volatile ServerSocket server;

    ConnectProxy(int port) {
        this.port = port;
    }

    /** A port nothing listens on now (it was free a moment ago). */
    static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The {@code host:port} of every tunnel opened so far. */
    List<String> tunnels() {
        return List.copyOf(tunnels);
    }

    synchronized void listen() throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        server = socket;
        daemon("connect-proxy", () -> {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    daemon("connect-proxy-tunnel", () -> tunnel(client));
                } catch (IOException e) {
                    return;
                }
            }
        });
    }

    private void tunnel(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            String head = readHead(in);
            String[] request = head.split("\r\n", 2)[0].split(" ");
            OutputStream out = client.getOutputStream();
            if (request.length < 2 || !request[0].equals("CONNECT")) {
                out.write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                return;
            }
            String[] target = request[1].split(":");
            try (Socket upstream = new Socket(target[0], Integer.parseInt(target[1]))) {
                tunnels.add(request[1]);
                out.write("HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread back = daemon("connect-proxy-back", () -> pipe(upstreamIn(upstream), out));
                pipe(in, upstream.getOutputStream());
                upstream.shutdownOutput();
                back.join(60_000);
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            // The client or the registry went away: the tunnel ends.
        }
    }

    private static InputStream upstreamIn(Socket upstream) {
        try {
            return upstream.getInputStream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    private static void pipe(InputStream from, OutputStream to) {
        byte[] buffer = new byte[16384];
        try {
            for (int n; (n = from.read(buffer)) >= 0; ) {
                to.write(buffer, 0, n);
                to.flush();
            }
        } catch (IOException e) {
            // One side closed.
        }
    }

    private static Thread daemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Override
    public synchronized void close() throws IOException {
        if (server != null) {
            server.close();
        }
    }
}
