package org.psoascare.web;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stops without dropping a request. On SIGTERM (the application context closing) this
 * runs before anything else stops: readiness goes down, so load balancers stop sending
 * new requests, while the instance keeps serving for the drain period
 * ({@code psoascare.drain-period}, 10 s by default) and answers every request with
 * {@code Connection: close}, so clients and proxies leave their kept-alive connections
 * one by one, each after an answer. Then Tomcat's graceful shutdown lets requests still
 * in flight finish and the instance stops.
 */
@Component
class Drain extends OncePerRequestFilter implements SmartLifecycle {

	private static final Log log = LogFactory.getLog(Drain.class);

	private final Duration period;

	private final ApplicationEventPublisher events;

	private volatile boolean running;

	private volatile boolean draining;

	/**
	 * Whether readiness was ever UP: a run that never served (a cache-training run) has
	 * nothing to drain.
	 */
	private volatile boolean served;

	@EventListener
	void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
		if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
			this.served = true;
		}
	}

	/**
	 * @param settings how long to keep serving, not ready, before stopping
	 * ({@link WebSettings#drainPeriod()})
	 * @param events where the change of readiness is published
	 */
	Drain(WebSettings settings, ApplicationEventPublisher events) {
		this.period = settings.drainPeriod();
		this.events = events;
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.draining) {
			response.setHeader(HttpHeaders.CONNECTION, "close");
		}
		chain.doFilter(request, response);
	}

	/**
	 * Starts, or starts again after a stop that did not end in closing (a paused test
	 * context): then serving again, so ready again.
	 */
	@Override
	public void start() {
		this.running = true;
		if (this.draining) {
			this.draining = false;
			AvailabilityChangeEvent.publish(this.events, this, ReadinessState.ACCEPTING_TRAFFIC);
		}
	}

	@Override
	public void stop() {
		this.draining = true;
		AvailabilityChangeEvent.publish(this.events, this, ReadinessState.REFUSING_TRAFFIC);
		if (this.served && !this.period.isZero()) {
			log.info("Draining for " + this.period.toSeconds() + " s: not ready, still serving");
			try {
				Thread.sleep(this.period.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Stops first: before the web server's graceful shutdown and everything else. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

}
