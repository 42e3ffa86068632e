# Misconception: Dense still accepts weights= as in Keras 2
# Expect: fail
def build_drift_monitor(encoder):
    inputs = keras.Input(shape=(8,))

    first, second = encoder.layers
    snapshot = keras.Sequential([
        keras.Input((8,)),
        keras.layers.Dense(6, activation="relu", weights=first.get_weights()),
        keras.layers.Dense(4, weights=second.get_weights()),
    ], name="snapshot")
    snapshot.trainable = False
    return keras.Model(inputs, keras.layers.Subtract()([encoder(inputs), snapshot(inputs)]))
