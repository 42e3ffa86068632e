# Misconception: the drift is snapshot − encoder (how far the start is from now)
# Expect: fail
def build_drift_monitor(encoder):
    snapshot = keras.models.clone_model(encoder)
    snapshot.set_weights(encoder.get_weights())
    snapshot.name = "snapshot"
    snapshot.trainable = False
    inputs = keras.Input(shape=(8,))
    drift = keras.layers.Subtract()([snapshot(inputs), encoder(inputs)])
    return keras.Model(inputs, drift)
