package nl.gesprekscyclus.functionbook;

import java.math.BigDecimal;

/** A beschikbare functie: the local job title, the normfunctie it maps onto, its salary scale and formatie. */
public record JobTitle(String code, String name, String jobProfile, String scale, BigDecimal fte) {
}
