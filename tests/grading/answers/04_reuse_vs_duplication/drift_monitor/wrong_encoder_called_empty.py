# Misconception: the given encoder taken for a class: encoder() to get "a fresh one" for the
# snapshot (explained by raised._layer_called_empty from the learner's line and frame, no table
# entry)
# Expect: fail "`encoder` is already a layer \(a Sequential object"
def build_drift_monitor(encoder):
    snapshot = encoder()
    snapshot.set_weights(encoder.get_weights())
    snapshot.trainable = False
    inputs = keras.Input(shape=(8,))
    return keras.Model(inputs, encoder(inputs) - snapshot(inputs))
