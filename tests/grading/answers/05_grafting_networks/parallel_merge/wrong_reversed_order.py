# Misconception: the order of the branches in Concatenate does not matter.
# Expect: fail "concatenated in the other order"
def build_alarm_model(base, pattern_net):
    extractor = keras.Model(base.inputs, base.get_layer("features").output)
    extractor.trainable = False
    pattern_net.trainable = False
    readings = keras.Input(shape=(8,))
    features = extractor(readings, training=False)
    patterns = keras.layers.GlobalMaxPooling1D()(pattern_net(readings, training=False))
    merged = keras.layers.Concatenate()([patterns, features])
    alarm = keras.layers.Dense(1, activation="sigmoid")(merged)
    return keras.Model(readings, alarm)
