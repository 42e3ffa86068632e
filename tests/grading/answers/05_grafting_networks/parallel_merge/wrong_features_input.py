# Misconception: the features are what goes INTO the layer named 'features' (its .input)
# (explained by grafting_networks._early_cut from the learner's code and the cut, no table entry)
# Expect: fail "base cut at the input of 'features' \(what 'norm' makes\)"
def build_alarm_model(base, pattern_net):
    base.trainable = False
    pattern_net.trainable = False
    inputs = keras.Input((8,))
    cut = keras.Model(base.input, base.get_layer(name="features").input)
    strongest = keras.layers.GlobalMaxPooling1D()(pattern_net(inputs))
    merged = keras.layers.Concatenate()([cut(inputs), strongest])
    return keras.Model(inputs, keras.layers.Dense(1, activation="sigmoid")(merged))
