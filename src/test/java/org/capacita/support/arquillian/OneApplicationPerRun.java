package org.capacita.support.arquillian;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara Micro's managed container, booted once per test run instead of once per test class.
 *
 * <p>Arquillian deploys and undeploys around every test class; Payara Micro deploys by starting a
 * new server, so that cost a boot (15-25 s on two cores) per class. Every test class deploys the
 * same archive ({@code support/Deployments.shared()}), so the first deployment is kept: later ones
 * are answered with its address, undeploying is a no-op, and the server stops when Arquillian stops
 * its containers at the end of the run (or, failing that, by the adapter's shutdown hook).
 */
public class OneApplicationPerRun extends PayaraMicroDeployableContainer {

  private static final Logger LOG = Logger.getLogger(OneApplicationPerRun.class.getName());

  private Archive<?> deployed;
  private ProtocolMetaData running;
  private int boots;

  @Override
  public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
    if (running == null) {
      long start = System.nanoTime();
      running = super.deploy(archive);
      deployed = archive;
      boots++;
      LOG.info(
          () ->
              String.format(
                  "Payara Micro boot %d of this run: %s ready in %.1f s",
                  boots, archive.getName(), (System.nanoTime() - start) / 1e9));
    } else if (!deployed.getName().equals(archive.getName())) {
      throw new DeploymentException(
          "Every test class must deploy Deployments.shared(): got "
              + archive.getName()
              + " while "
              + deployed.getName()
              + " runs");
    }
    return running;
  }

  @Override
  public void undeploy(Archive<?> archive) {
    // Kept for the next test class; stopped in stop().
  }

  @Override
  public synchronized void stop() throws LifecycleException {
    if (deployed != null) {
      try {
        super.undeploy(deployed);
      } catch (DeploymentException e) {
        throw new LifecycleException("Could not stop Payara Micro", e);
      } finally {
        deployed = null;
        running = null;
      }
    }
    super.stop();
  }
}
