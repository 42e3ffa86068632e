# Misconception: use the whole base, old head included
# Expect: fail
def build_alarm_model(base, pattern_net):
    x = keras.Input(shape=(8,))

    base.trainable = False
    pattern_net.trainable = False
    p = keras.layers.GlobalMaxPooling1D()(pattern_net(x))
    c = keras.layers.Concatenate()([base(x), p])
    return keras.Model(x, keras.layers.Dense(1, activation="sigmoid")(c))
