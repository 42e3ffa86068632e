# Misconception: the monitor returns both outputs and the drift is computed later (a held-out answer; explained by structure now that the description marks the snapshot's layers frozen, no table entry)
# Expect: fail "a Subtract is missing between \[the output of the code \(Dense\(4\)\), the output of the snapshot code \(Dense\(4\)\)\]"
def build_drift_monitor(encoder):
    snapshot = keras.models.clone_model(encoder)
    snapshot.set_weights(encoder.get_weights())
    snapshot.name = "snapshot"
    snapshot.trainable = False
    inputs = keras.Input(shape=(8,))
    return keras.Model(inputs, [encoder(inputs), snapshot(inputs)])
