# Misconception: the snapshot copies the values after building, but takes the encoder's activation off (Dense(6) linear)
# Expect: fail
def build_drift_monitor(encoder):
    first, second = encoder.layers
    snapshot = keras.Sequential(
        [keras.Input((8,)), keras.layers.Dense(6), keras.layers.Dense(4)], name="snapshot"
    )
    snapshot.set_weights(encoder.get_weights())
    snapshot.trainable = False
    inputs = keras.Input(shape=(8,))
    drift = keras.layers.Subtract()([encoder(inputs), snapshot(inputs)])
    return keras.Model(inputs, drift)
