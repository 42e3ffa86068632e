# Misconception: a new Sequential over the encoder's layers is a new model with its own weights
# Expect: fail
def build_drift_monitor(encoder):
    snapshot = keras.Sequential(encoder.layers, name="snapshot")
    snapshot.trainable = False
    inputs = keras.Input(shape=(8,))
    drift = keras.layers.Subtract()([encoder(inputs), snapshot(inputs)])
    return keras.Model(inputs, drift)
