# Misconception: the base as a whole (with old_head) is branch 1
# Expect: fail
def build_alarm_model(base, pattern_net):
    base.trainable = False
    pattern_net.trainable = False
    x = keras.Input(shape=(8,))
    p = keras.layers.GlobalMaxPooling1D()(pattern_net(x))
    m = keras.layers.Concatenate()([base(x), p])
    return keras.Model(x, keras.layers.Dense(1, activation="sigmoid")(m))
