# Misconception: snapshot = encoder takes a snapshot (an assignment copies the model)
# Expect: fail
def build_drift_monitor(encoder):
    snapshot = encoder
    snapshot.trainable = False
    inputs = keras.Input(shape=(8,))
    drift = keras.layers.Subtract()([encoder(inputs), snapshot(inputs)])
    return keras.Model(inputs, drift)
