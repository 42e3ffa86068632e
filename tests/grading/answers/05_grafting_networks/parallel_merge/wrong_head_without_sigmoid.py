# Misconception: an alarm's head gives a score and the loss squashes it (the task asks for
# Dense(1, activation="sigmoid"), a probability) (explained by ag.check_architecture's one
# change, no table entry).
# Expect: fail "alarm \(Dense\(1\) on merged\) has no activation where the task asks for a sigmoid"
def build_alarm_model(base, pattern_net):
    extractor = keras.Model(base.inputs, base.get_layer("features").output)
    extractor.trainable = False
    pattern_net.trainable = False
    readings = keras.Input(shape=(8,))
    patterns = keras.layers.GlobalMaxPooling1D()(pattern_net(readings))
    merged = keras.layers.Concatenate()([extractor(readings), patterns])
    return keras.Model(readings, keras.layers.Dense(1)(merged))
