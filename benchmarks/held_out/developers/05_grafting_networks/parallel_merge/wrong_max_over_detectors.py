# Misconception: the max over the last axis is the max over positions (it is over detectors)
# Expect: fail
def build_alarm_model(base, pattern_net):
    extractor = keras.Model(base.input, base.get_layer("features").output)
    extractor.trainable = False
    pattern_net.trainable = False
    x = keras.Input(shape=(8,))
    p = keras.layers.Lambda(lambda t: keras.ops.max(t, axis=-1))(pattern_net(x))
    m = keras.layers.Concatenate()([extractor(x), p])
    return keras.Model(x, keras.layers.Dense(1, activation="sigmoid")(m))
