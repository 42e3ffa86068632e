# Alternative: the tutorial with weights= replaced by set_weights after building
# Expect: pass
def build_drift_monitor(encoder):
    inputs = keras.Input(shape=(8,))

    first, second = encoder.layers
    snapshot = keras.Sequential(
        [keras.Input(shape=(8,)), keras.layers.Dense(6, activation="relu"), keras.layers.Dense(4)],
        name="snapshot")
    snapshot.layers[0].set_weights(first.get_weights())
    snapshot.layers[1].set_weights(second.get_weights())
    snapshot.trainable = False
    return keras.Model(inputs, keras.layers.Subtract()([encoder(inputs), snapshot(inputs)]))
