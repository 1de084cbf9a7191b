package io.attnlift.extract;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A TLS server on the loopback interface with a self-signed certificate (made by the JDK's
 * keytool), which no client trusts: what a warehouse behind an intercepting proxy, or a wrong
 * host, looks like. It completes no handshake and serves nothing.
 */
final class UntrustedTlsServer implements AutoCloseable {
  private static final char[] PASSWORD = "changeit".toCharArray();
  private final ServerSocket socket;
  private final Thread acceptor;

  UntrustedTlsServer(Path dir) throws Exception {
    Path store = dir.resolve("untrusted.p12");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool")
        .toString(), "-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048",
        "-dname", "CN=localhost", "-validity", "2", "-ext", "SAN=ip:127.0.0.1",
        "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "changeit",
        "-keypass", "changeit").redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("keytool failed: " + new String(out));
    }
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = new FileInputStream(store.toFile())) {
      ks.load(in, PASSWORD);
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, PASSWORD);
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(kmf.getKeyManagers(), null, null);
    socket = ctx.getServerSocketFactory().createServerSocket(0, 10,
        InetAddress.getLoopbackAddress());
    acceptor = new Thread(this::serve, "untrusted-tls");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket s = socket.accept()) {
        ((SSLSocket) s).startHandshake();
      } catch (IOException e) {
        // the client refuses the certificate: that is the point
      }
    }
  }

  @Override
  public void close() throws Exception {
    socket.close();
    acceptor.join(5000);
  }
}
