# Misconception: calling the encoder twice gives a snapshot
# Expect: fail
def build_drift_monitor(encoder):
    inputs = keras.Input(shape=(8,))

    drift = keras.layers.Subtract()([encoder(inputs), encoder(inputs)])
    return keras.Model(inputs, drift)
