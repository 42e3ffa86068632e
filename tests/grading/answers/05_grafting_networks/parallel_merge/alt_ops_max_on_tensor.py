# Alternative: keras.ops.max straight on the symbolic tensor (no layer for it), the cut
# from base.input, both networks frozen through a loop over their layers.
# Expect: pass
def build_alarm_model(base, pattern_net):
    for layer in [*base.layers, *pattern_net.layers]:
        layer.trainable = False
    cut = keras.Model(base.input, base.get_layer("features").output)
    x = keras.Input(shape=(8,))
    strongest = keras.ops.max(pattern_net(x), axis=1)
    both = keras.ops.concatenate([cut(x), strongest], axis=-1)
    return keras.Model(x, keras.layers.Dense(1, activation="sigmoid")(both))
