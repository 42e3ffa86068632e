# Misconception: the order of Subtract's inputs does not matter (it gives snapshot − encoder).
# Expect: fail "the encoder does snapshot_hidden's job"
def build_drift_monitor(encoder):
    snapshot = keras.models.clone_model(encoder)
    snapshot.set_weights(encoder.get_weights())
    snapshot.name = "snapshot"
    snapshot.trainable = False
    inputs = keras.Input(shape=(8,))
    return keras.Model(inputs, keras.layers.Subtract()([snapshot(inputs), encoder(inputs)]))
