# Misconception: the monitor returns both outputs and the drift is computed later
# Expect: fail
def build_drift_monitor(encoder):
    snapshot = keras.models.clone_model(encoder)
    snapshot.set_weights(encoder.get_weights())
    snapshot.name = "snapshot"
    snapshot.trainable = False
    inputs = keras.Input(shape=(8,))
    return keras.Model(inputs, [encoder(inputs), snapshot(inputs)])
