package org.psoascare.content;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Turns on TCP keepalives for connections to PostgreSQL, so a connection to a database
 * that vanished (a network cut, a host that died) is noticed and closed by the operating
 * system instead of hanging a request or a content load. H2 needs none.
 */
@Component
class PostgresKeepalive implements BeanPostProcessor {

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
				&& pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
			pool.addDataSourceProperty("tcpKeepAlive", "true");
		}
		return bean;
	}

}
