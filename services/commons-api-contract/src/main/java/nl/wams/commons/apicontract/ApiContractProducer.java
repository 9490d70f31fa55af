package nl.wams.commons.apicontract;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

class ApiContractProducer {

  @Produces
  @Singleton
  ApiContract apiContract() {
    return ApiContract.fromClasspath();
  }
}
