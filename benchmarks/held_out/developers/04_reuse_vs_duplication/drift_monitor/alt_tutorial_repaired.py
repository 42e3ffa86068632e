# Alternative: the tutorial repaired: keras.Input instead of input_shape, set_weights after building
# Expect: pass
def build_drift_monitor(encoder):
    first, second = encoder.layers
    snapshot = keras.Sequential(
        [
            keras.Input(shape=(8,)),
            keras.layers.Dense(6, activation="relu"),
            keras.layers.Dense(4),
        ],
        name="snapshot",
    )
    snapshot.layers[0].set_weights(first.get_weights())
    snapshot.layers[1].set_weights(second.get_weights())
    snapshot.trainable = False
    inputs = keras.Input(shape=(8,))
    drift = keras.layers.Subtract()([encoder(inputs), snapshot(inputs)])
    return keras.Model(inputs, drift)
