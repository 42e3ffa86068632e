# Misconception: drift is a distance, so square the difference (a held-out answer; explained by structure now that the description marks the snapshot's layers frozen, no table entry)
# Expect: fail "your model ends with an extra Multiply after \[the output of Subtract, the output of Subtract\]"
def build_drift_monitor(encoder):
    snapshot = keras.models.clone_model(encoder)
    snapshot.set_weights(encoder.get_weights())
    snapshot.name = "snapshot"
    snapshot.trainable = False
    inputs = keras.Input(shape=(8,))
    diff = keras.layers.Subtract()([encoder(inputs), snapshot(inputs)])
    return keras.Model(inputs, keras.layers.Multiply()([diff, diff]))
