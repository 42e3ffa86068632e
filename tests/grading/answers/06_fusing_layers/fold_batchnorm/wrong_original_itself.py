# Misconception: the network in inference mode is already "folded"; return it, cut to its output.
# (explained by fusing_layers.check_own_variables, no table entry)
# Expect: fail "sharing instead of new variables"
def fold_batchnorm(net):
    return keras.Model(net.input, net.get_layer("relu").output)
