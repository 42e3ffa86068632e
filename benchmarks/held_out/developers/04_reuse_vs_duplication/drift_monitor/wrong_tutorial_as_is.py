# Misconception: the Keras 2 tutorial runs unchanged (weights= in the constructor)
# Expect: fail
def build_drift_monitor(encoder):
    first, second = encoder.layers
    snapshot = keras.Sequential(
        [
            keras.layers.Dense(6, activation="relu", input_shape=(8,), weights=first.get_weights()),
            keras.layers.Dense(4, weights=second.get_weights()),
        ],
        name="snapshot",
    )
    snapshot.trainable = False
    inputs = keras.Input(shape=(8,))
    drift = keras.layers.Subtract()([encoder(inputs), snapshot(inputs)])
    return keras.Model(inputs, drift)
