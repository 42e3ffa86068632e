# Alternative: a helper that fuses any two affine layers, with einsum, and Model.set_weights
# Expect: pass
def affine_compose(first, second):
    w1, b1 = first
    w2, b2 = second
    return np.einsum("ij,jk->ik", w1, w2), np.einsum("j,jk->k", b1, w2) + b2


def fuse_pair(pair):
    kernel, bias = affine_compose(
        pair.get_layer("first").get_weights(), pair.get_layer("second").get_weights()
    )
    model = keras.Sequential([keras.layers.Input((6,)), keras.layers.Dense(units=4)])
    model.set_weights([kernel, bias])
    return model
