# Alternative: the max over positions with keras.ops.max in a Lambda
# Expect: pass
def build_alarm_model(base, pattern_net):
    extractor = keras.Model(base.input, base.get_layer("features").output)
    for net in (extractor, pattern_net):
        net.trainable = False
    x = keras.Input(shape=(8,))
    p = keras.layers.Lambda(lambda t: keras.ops.max(t, axis=1))(pattern_net(x))
    m = keras.layers.concatenate([extractor(x), p])
    return keras.Model(x, keras.layers.Dense(1, activation="sigmoid")(m))
