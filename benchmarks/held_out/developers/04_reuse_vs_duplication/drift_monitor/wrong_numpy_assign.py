# Misconception: Keras 2's K.set_value / kernel assignment by = copies a layer (kernel = first.kernel)
# Expect: fail
def build_drift_monitor(encoder):
    first, second = encoder.layers
    snapshot = keras.Sequential(
        [keras.Input((8,)), keras.layers.Dense(6, activation="relu"), keras.layers.Dense(4)], name="snapshot"
    )
    snapshot.layers[0].kernel = first.kernel
    snapshot.layers[0].bias = first.bias
    snapshot.layers[1].kernel = second.kernel
    snapshot.layers[1].bias = second.bias
    snapshot.trainable = False
    inputs = keras.Input(shape=(8,))
    drift = keras.layers.Subtract()([encoder(inputs), snapshot(inputs)])
    return keras.Model(inputs, drift)
