# Alternative: the pattern branch as a Sequential (pattern network, then pooling), both
# networks frozen through their own trainable flag, the merge as a functional helper.
# Expect: pass
def build_alarm_model(base, pattern_net):
    base.trainable = False
    pattern_net.trainable = False
    pattern_branch = keras.Sequential([pattern_net, keras.layers.GlobalMaxPooling1D()])
    features = keras.Model(base.input, base.get_layer("features").output)
    readings = keras.Input(shape=(8,))
    both = keras.layers.concatenate([features(readings), pattern_branch(readings)])
    return keras.Model(readings, keras.layers.Dense(1, activation="sigmoid")(both))
