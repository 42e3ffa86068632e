# Misconception: only the network that was cut needs freezing (the pattern network, used
# whole, is trainable too until it is frozen).
# (explained from the layers' trainable flags by grafting_networks.check_trainable, no table entry)
# Expect: fail "(?m)Received: +trains 'patterns' \(Conv1D\)$"
def build_alarm_model(base, pattern_net):
    extractor = keras.Model(base.inputs, base.get_layer("features").output)
    extractor.trainable = False
    readings = keras.Input(shape=(8,))
    patterns = keras.layers.GlobalMaxPooling1D()(pattern_net(readings))
    merged = keras.layers.Concatenate()([extractor(readings), patterns])
    return keras.Model(readings, keras.layers.Dense(1, activation="sigmoid")(merged))
