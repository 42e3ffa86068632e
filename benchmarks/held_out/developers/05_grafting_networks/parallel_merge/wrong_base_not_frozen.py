# Misconception: only the new network needs freezing, the base was frozen in Task 1
# Expect: fail
def build_alarm_model(base, pattern_net):
    extractor = keras.Model(base.input, base.get_layer("features").output)
    pattern_net.trainable = False
    x = keras.Input(shape=(8,))
    p = keras.layers.GlobalMaxPooling1D()(pattern_net(x))
    m = keras.layers.Concatenate()([extractor(x, training=False), p])
    return keras.Model(x, keras.layers.Dense(1, activation="sigmoid")(m))
