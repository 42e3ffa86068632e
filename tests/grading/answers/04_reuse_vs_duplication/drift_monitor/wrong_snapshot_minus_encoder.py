# Misconception: the order of Subtract's inputs does not matter (it gives snapshot − encoder). (explained by check_in_place: the given layers trade places only through the merge, no table entry)
# Expect: fail "Subtract.s inputs are in the other order"
def build_drift_monitor(encoder):
    snapshot = keras.models.clone_model(encoder)
    snapshot.set_weights(encoder.get_weights())
    snapshot.name = "snapshot"
    snapshot.trainable = False
    inputs = keras.Input(shape=(8,))
    return keras.Model(inputs, keras.layers.Subtract()([snapshot(inputs), encoder(inputs)]))
