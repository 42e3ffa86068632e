# Alternative: frozen Dense layers created from the encoder's values with Constant initializers, applied directly
# Expect: pass
import keras


def build_drift_monitor(encoder):
    layers = []
    for i, layer in enumerate(encoder.layers):
        kernel, bias = layer.get_weights()
        layers.append(
            keras.layers.Dense(
                layer.units,
                activation=layer.activation,
                kernel_initializer=keras.initializers.Constant(kernel),
                bias_initializer=keras.initializers.Constant(bias),
                trainable=False,
                name=f"snapshot_{i}",
            )
        )
    inputs = keras.Input(shape=(8,))
    frozen = inputs
    for layer in layers:
        frozen = layer(frozen)
    return keras.Model(inputs, keras.layers.Subtract()([encoder(inputs), frozen]))
