# Misconception: Flatten the pattern maps instead of taking the max
# Expect: fail
def build_alarm_model(base, pattern_net):
    extractor = keras.Model(base.inputs, base.get_layer("features").output)
    extractor.trainable = False
    pattern_net.trainable = False
    readings = keras.Input(shape=(8,))
    p = keras.layers.Flatten()(pattern_net(readings))
    m = keras.layers.Concatenate()([extractor(readings), p])
    return keras.Model(readings, keras.layers.Dense(1, activation="sigmoid")(m))
