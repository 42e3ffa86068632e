# Misconception: the drift is the encoder and the snapshot added (keras.layers.Add).
# Expect: fail "the encoder.s and the snapshot.s outputs are added"
def build_drift_monitor(encoder):
    snapshot = keras.models.clone_model(encoder)
    snapshot.set_weights(encoder.get_weights())
    snapshot.name = "snapshot"
    snapshot.trainable = False
    inputs = keras.Input(shape=(8,))
    return keras.Model(inputs, keras.layers.Add()([encoder(inputs), snapshot(inputs)]))
