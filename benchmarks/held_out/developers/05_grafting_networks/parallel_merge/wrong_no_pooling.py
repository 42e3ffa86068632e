# Misconception: Concatenate adapts the shapes itself
# Expect: fail
def build_alarm_model(base, pattern_net):
    extractor = keras.Model(base.input, base.get_layer("features").output)
    extractor.trainable = False
    pattern_net.trainable = False
    x = keras.Input(shape=(8,))
    m = keras.layers.Concatenate()([extractor(x), pattern_net(x)])
    return keras.Model(x, keras.layers.Dense(1, activation="sigmoid")(m))
