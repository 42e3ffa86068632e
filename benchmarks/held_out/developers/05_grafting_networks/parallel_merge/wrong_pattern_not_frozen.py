# Misconception: only the base frozen, pattern network left trainable
# Expect: fail
def build_alarm_model(base, pattern_net):
    extractor = keras.Model(base.inputs, base.get_layer("features").output)
    extractor.trainable = False
    readings = keras.Input(shape=(8,))
    p = keras.layers.GlobalMaxPooling1D()(pattern_net(readings))
    m = keras.layers.Concatenate()([extractor(readings), p])
    return keras.Model(readings, keras.layers.Dense(1, activation="sigmoid")(m))
