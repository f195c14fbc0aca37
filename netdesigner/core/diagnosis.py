"""Plain-language diagnosis of how a network learns, from numbers the probes measure.

Works on per-layer gradient norms (input to output), update-to-weight ratios and the share
of ReLU units that never fire; each finding says what is wrong and what to try. No Keras here,
so the rules are tested on their own and the GUI can show them without touching the model.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from netdesigner.core.i18n import translate

VANISHING_RATIO = 1e-3  # first layer's gradient below this fraction of the last layer's
EXPLODING_NORM = 1e3
RATIO_TOO_HIGH = 1e-1  # one step changes weights by more than a tenth of their size
RATIO_TOO_LOW = 1e-6
DEAD_SHARE = 0.5


@dataclass(frozen=True)
class Finding:
    kind: str  # vanishing | exploding | dead_relu | rate_too_high | rate_too_low
    message: str
    advice: str
    layer: str | None = None

    def text(self) -> str:
        return f"{self.message} {self.advice}"


@dataclass
class LayerHealth:
    """One trainable layer at one probe: its kernel's gradient and weight norms."""

    layer: str
    gradient_norm: float
    weight_norm: float
    dead_share: float | None = None  # ReLU layers: share of units never active on the probe batch

    def update_ratio(self, learning_rate: float) -> float:
        """Size of a plain gradient step relative to the weights (about 1e-3 is healthy)."""
        return learning_rate * self.gradient_norm / self.weight_norm if self.weight_norm > 0 else math.inf


def diagnose(layers: list[LayerHealth], learning_rate: float) -> list[Finding]:
    """Findings for layers ordered from input to output; an empty list means nothing looks wrong."""
    findings: list[Finding] = []
    usable = [h for h in layers if math.isfinite(h.gradient_norm)]
    if len(usable) >= 2 and usable[-1].gradient_norm > 0:
        ratio = usable[0].gradient_norm / usable[-1].gradient_norm
        if ratio < VANISHING_RATIO:
            orders = int(round(-math.log10(max(ratio, 1e-300))))
            findings.append(
                Finding(
                    "vanishing",
                    translate(
                        "Diagnosis",
                        "Vanishing gradients: the gradient reaching '{layer}' is about 10^-{orders} of the one at "
                        "'{last_layer}', so the first layers barely learn.",
                    ).format(layer=usable[0].layer, orders=orders, last_layer=usable[-1].layer),
                    translate(
                        "Diagnosis",
                        "Try ReLU instead of sigmoid or tanh, He initialization, fewer layers, or batch normalization.",
                    ),
                    usable[0].layer,
                )
            )
    for health in usable:
        if health.gradient_norm > EXPLODING_NORM:
            findings.append(
                Finding(
                    "exploding",
                    translate(
                        "Diagnosis", "Exploding gradients: the gradient at '{layer}' has norm {norm:.3g}."
                    ).format(layer=health.layer, norm=health.gradient_norm),
                    translate(
                        "Diagnosis",
                        "Lower the learning rate, use a smaller initialization, or add batch normalization.",
                    ),
                    health.layer,
                )
            )
            break
    for health in layers:
        if health.dead_share is not None and health.dead_share >= DEAD_SHARE:
            findings.append(
                Finding(
                    "dead_relu",
                    translate(
                        "Diagnosis",
                        "Dead ReLUs: {dead_share:.0%} of the units of '{layer}' never fire on the probe images, so "
                        "they no longer learn.",
                    ).format(dead_share=health.dead_share, layer=health.layer),
                    translate("Diagnosis", "Lower the learning rate, use He initialization, or try leaky ReLU."),
                    health.layer,
                )
            )
    ratios = [h.update_ratio(learning_rate) for h in usable if h.weight_norm > 0]
    if ratios and max(ratios) > RATIO_TOO_HIGH:
        findings.append(
            Finding(
                "rate_too_high",
                translate(
                    "Diagnosis",
                    "The learning rate looks far too high: one step would change some weights by {change:.0%} of "
                    "their size.",
                ).format(change=max(ratios)),
                translate("Diagnosis", "Try a learning rate 10 times smaller."),
            )
        )
    elif ratios and max(ratios) < RATIO_TOO_LOW:
        findings.append(
            Finding(
                "rate_too_low",
                translate(
                    "Diagnosis",
                    "The learning rate looks far too low: one step changes the weights by at most {change:.1e} of "
                    "their size.",
                ).format(change=max(ratios)),
                translate("Diagnosis", "Try a learning rate 10 to 100 times larger."),
            )
        )
    return findings
