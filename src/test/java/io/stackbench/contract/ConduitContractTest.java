package io.stackbench.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConduitContractTest {

    @Test
    void theContractHas19OperationsAndKeepsItsLicenceNotice() {
        ConduitContract contract = ConduitContract.load();
        assertThat(contract.operations()).hasSize(19).contains("POST /users/login", "DELETE /articles/{slug}/comments/{id}", "GET /tags");
        assertThat(contract.text()).contains("license:", "MIT License");
    }
}
