# Misconception: a map becomes a vector by averaging over its positions, as in the lesson
# (transcription, not transfer: the alarm keeps each detector's strongest response).
# Expect: fail "each detector's responses were averaged over the 5 positions"
def build_alarm_model(base, pattern_net):
    extractor = keras.Model(base.inputs, base.get_layer("features").output)
    extractor.trainable = False
    pattern_net.trainable = False
    readings = keras.Input(shape=(8,))
    features = extractor(readings, training=False)
    patterns = keras.layers.GlobalAveragePooling1D()(pattern_net(readings, training=False))
    merged = keras.layers.Concatenate()([features, patterns])
    alarm = keras.layers.Dense(1, activation="sigmoid")(merged)
    return keras.Model(readings, alarm)
