# Alternative: the product in a Lambda layer, the gate's sigmoid as keras.ops.sigmoid on a
# linear Dense, the context written first in a keras.ops.concatenate (with the signal first).
# Expect: pass
def build_gated_model():
    signal, context = keras.Input((20,)), keras.Input((4,))
    gate_logits = keras.layers.Dense(6)(keras.ops.concatenate([signal, context], axis=-1))
    gate = keras.ops.sigmoid(gate_logits)
    features = keras.layers.Dense(6, activation="tanh")(signal)
    gated = keras.layers.Lambda(lambda pair: pair[0] * pair[1])([gate, features])
    return keras.Model(inputs=[signal, context], outputs=keras.layers.Dense(2)(gated))
