# Alternative: keep the optimizer: assign a smaller rate and trace the step again
# Expect: pass
def prepare_fine_tuning(model, extractor):
    for name in ("hidden", "norm"):
        extractor.get_layer(name).trainable = False
    model.optimizer.learning_rate.assign(1e-4)
    model.make_train_function(force=True)
    return model
