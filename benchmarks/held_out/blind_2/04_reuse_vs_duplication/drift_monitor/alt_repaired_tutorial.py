# Alternative: the tutorial repaired: an Input instead of input_shape, set_weights after building, frozen layer by layer
# Expect: pass
import keras


def build_drift_monitor(encoder):
    first, second = encoder.layers
    snapshot = keras.Sequential(
        [keras.Input(shape=(8,)), keras.layers.Dense(6, activation="relu"), keras.layers.Dense(4)],
        name="snapshot",
    )
    snapshot.layers[0].set_weights(first.get_weights())
    snapshot.layers[1].set_weights(second.get_weights())
    for layer in snapshot.layers:
        layer.trainable = False
    inputs = keras.Input(shape=(8,))
    return keras.Model(inputs, keras.ops.subtract(encoder(inputs), snapshot(inputs)))
