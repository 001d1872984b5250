package org.psoascare.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay between the browser and the application that can be switched off, for
 * offline tests. Chromedriver's network conditions take the page offline, but not the
 * page's service worker, whose fetches would still reach the server; the browser talks to
 * the application through this relay instead, and switching it off closes every open
 * connection and refuses new ones, as a lost connection does, for the page and its worker
 * alike.
 */
final class NetworkSwitch implements AutoCloseable {

	private final ServerSocket server;

	private final int target;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile boolean on = true;

	private NetworkSwitch(int target) throws IOException {
		this.target = target;
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "network-switch");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** A relay to the application's port on this machine. */
	static NetworkSwitch to(int port) {
		try {
			return new NetworkSwitch(port);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The port the browser should use. */
	int port() {
		return this.server.getLocalPort();
	}

	/** Switches the network off (every connection closed, new ones refused) or on. */
	void connected(boolean on) {
		this.on = on;
		if (!on) {
			this.open.forEach(NetworkSwitch::closeQuietly);
			this.open.clear();
		}
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				if (!this.on) {
					client.setSoLinger(true, 0);
					closeQuietly(client);
					continue;
				}
				Socket upstream = new Socket(InetAddress.getLoopbackAddress(), this.target);
				this.open.add(client);
				this.open.add(upstream);
				pipe(client, upstream);
				pipe(upstream, client);
			}
			catch (IOException ex) {
				// Closed: the test is over.
			}
		}
	}

	private void pipe(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				in.transferTo(out);
			}
			catch (IOException ex) {
				// One side closed.
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
				this.open.remove(from);
				this.open.remove(to);
			}
		}, "network-switch-pipe");
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// Already closed.
		}
	}

	@Override
	public void close() {
		connected(false);
		try {
			this.server.close();
		}
		catch (IOException ex) {
			// Already closed.
		}
	}

}
