# Misconception: the snapshot is rebuilt by hand from the layers' sizes, and the first layer's
# relu is forgotten (the values are right; the function is not).
# Expect: fail "the snapshot holds the encoder.s values but computes something else"
def build_drift_monitor(encoder):
    snapshot = keras.Sequential(
        [keras.Input((8,)), keras.layers.Dense(6), keras.layers.Dense(4)], name="snapshot"
    )
    snapshot.set_weights(encoder.get_weights())
    snapshot.trainable = False
    inputs = keras.Input(shape=(8,))
    return keras.Model(inputs, keras.layers.Subtract()([encoder(inputs), snapshot(inputs)]))
