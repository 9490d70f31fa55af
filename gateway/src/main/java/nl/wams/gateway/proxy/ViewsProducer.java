package nl.wams.gateway.proxy;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.List;
import nl.wams.gateway.logboek.LogboekZoeker;
import nl.wams.gateway.view.Contract;
import nl.wams.gateway.view.ViewPolicy;
import nl.wams.gateway.view.Views;
import org.jboss.logging.Logger;

/**
 * Loads the view policy and the contract of every configured component at start-up. A policy that
 * does not fit the contracts stops the start with every problem named.
 */
public class ViewsProducer {

  private static final Logger LOG = Logger.getLogger(ViewsProducer.class);

  @Produces
  @Singleton
  Views views(GatewayConfig config) {
    ViewPolicy policy =
        config
            .policy()
            .map(file -> ViewPolicy.read(Path.of(file)))
            .orElseGet(ViewPolicy::standaard);
    // The components behind the gateway, and the Logboek API that the gateway serves itself.
    List<Contract> contracts =
        java.util.stream.Stream.concat(
                config.backends().keySet().stream(),
                java.util.stream.Stream.of(LogboekZoeker.COMPONENT))
            .distinct()
            .map(Contract::load)
            .toList();
    Views views = Views.of(policy, contracts);
    LOG.infof(
        "View policy %s: %d roles over %d operations of %s",
        config.policy().orElse("(default)"),
        policy.rollen().size(),
        contracts.stream().mapToInt(c -> c.operations().size()).sum(),
        config.backends().keySet());
    return views;
  }
}
